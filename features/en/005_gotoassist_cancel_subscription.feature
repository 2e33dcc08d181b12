# language: en
# Article 005 (English version): "How do I cancel my GoToAssist Remote Support v5 subscription plan?"
@article_005 @gotoassist_rs_v5 @self_service
Feature: Cancel the GoToAssist Remote Support v5 subscription plan
  The plan renews automatically at the end of its monthly or annual billing period. The account's
  billing contact can cancel the next payment at any time, and reactivate the subscription before
  the plan expires.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Scenario: Cancel the subscription: the expiry date, the email and Pending Cancellation
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    Then the confirmation window opens as a modal window and says the plan expires at the end of the billing period
    When I review the information on the confirmation window and click "Yes, Cancel"
    Then a confirmation message displays indicating when my subscription plan will expire
    And an email confirmation with the expiry date is sent to my account email address
    When I click "Close" on the confirmation window
    Then a "Pending Cancellation" message appears on the Subscriptions page below "GoToAssist Remote Support v5"
    And the "Options" menu of "GoToAssist Remote Support v5" offers "Reactivate", no longer "Edit Subscription" or "Cancel Subscription"
    And nothing is left behind: the header's cart and the cart page are empty, no order was charged and the account's balance is as it was

  @verifies:005.intro-2 @verifies:005.intro-7
  Scenario: Changed your mind: the subscription is reactivated before it expires
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 5 user licenses billed "Monthly", $225.00 paid for the period from November 1, 2026, and today is November 30, 2026
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    And I review the information on the confirmation window and click "Yes, Cancel"
    And I click "Close" on the confirmation window
    And I click the "Options" icon of "GoToAssist Remote Support v5", then "Reactivate"
    Then my subscription is reactivated: it renews again at the end of the billing period

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Scenario: Escape closes the confirmation window and cancels nothing
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    Then the confirmation window opens as a modal window and says the plan expires at the end of the billing period
    When I press Escape
    Then the "GoToAssist Remote Support v5" subscription stays active: no "Pending Cancellation", no email, and it still renews on its next billing date

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Scenario: Once the plan has expired it is not renewed, and Reactivate is refused
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 5 user licenses billed "Monthly", $225.00 paid for the period from November 1, 2026, and today is November 30, 2026
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    And I review the information on the confirmation window and click "Yes, Cancel"
    And I click "Close" on the confirmation window
    And the day the plan expires comes
    And I click the "Options" icon of "GoToAssist Remote Support v5", then "Reactivate"
    Then the reactivation is refused with the message "This subscription has ended and can no longer be reactivated. Add it again with Add New Subscription."
    And the "GoToAssist Remote Support v5" subscription has ended without renewal and without the "Options" icon, and 40 days later nothing has been renewed or charged

  @verifies:005.intro-2
  Scenario: A free trial is not cancelled: it expires by itself
    Given an account with a free trial of "GoToAssist Remote Support v5" "Standard" that started 4 days ago
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    Then the "Options" menu of "GoToAssist Remote Support v5" offers no "Cancel Subscription": the trial expires by itself at the end of the trial period

  @verifies:005.intro-2
  Scenario: A free trial runs to its last day and has ended the day after
    Given an account whose free trial of "GoToAssist Remote Support v5" "Standard" is on its last day
    And I have signed in to the "Billing Center" at https://billing.logmeininc.com
    Then the "GoToAssist Remote Support v5" card still shows the free trial, ending today, with its "Options" icon
    When the next day comes and I open the "Billing Center" again
    Then the "GoToAssist Remote Support v5" card shows no "Options" icon but "Subscribe Now"
    And nothing is left behind: the header's cart and the cart page are empty, no order was charged and the account's balance is as it was

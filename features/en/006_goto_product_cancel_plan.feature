# language: en
# Article 006: "How do I cancel my GoTo product subscription plan?" (the GoToAssist help center's)
@article_006 @gotoassist_rs_v5 @self_service
Feature: Cancel a GoTo product subscription plan
  A GoTo product subscription plan renews automatically at the end of the monthly or annual billing
  period. The billing contact on the account can cancel the next upcoming payment at any time and,
  having changed their mind, reactivate the subscription before the plan expires.

  @smoke @verifies:006.intro-1 @verifies:006.1 @verifies:006.2 @verifies:006.3 @verifies:006.result-1 @verifies:006.after-1
  Scenario: Turn off the automatic renewal of an annual plan
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 3 user licenses billed "Annual", $1,350.00 paid for the period from February 1, 2026, and today is November 16, 2026
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    Then the confirmation window opens as a modal window and says the plan expires at the end of the billing period
    When I review the information on the confirmation window and click "Yes, Cancel"
    Then a confirmation message displays indicating when my subscription plan will expire
    And an email confirmation with the expiry date is sent to my account email address
    When I click "Close" on the confirmation window
    Then a "Pending Cancellation" message appears on the Subscriptions page below "GoToAssist Remote Support v5"
    And the "Options" menu of "GoToAssist Remote Support v5" offers "Reactivate", no longer "Edit Subscription" or "Cancel Subscription"

  @verifies:006.intro-2 @verifies:006.after-2
  Scenario: Reactivate the subscription plan before it expires
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 3 user licenses billed "Annual", $1,350.00 paid for the period from February 1, 2026, and today is November 16, 2026
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    And I review the information on the confirmation window and click "Yes, Cancel"
    And I click "Close" on the confirmation window
    And I click the "Options" icon of "GoToAssist Remote Support v5", then "Reactivate"
    Then my subscription is reactivated: it renews again at the end of the billing period

  @failure_path @verifies:006.2 @verifies:006.3
  Scenario: Escape closes the confirmation window and cancels nothing
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 3 user licenses billed "Annual"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    Then the confirmation window opens as a modal window and says the plan expires at the end of the billing period
    When I press Escape
    Then the "GoToAssist Remote Support v5" subscription stays active: no "Pending Cancellation", no email, and it still renews on its next billing date

  @failure_path @verifies:006.intro-1 @verifies:006.after-2
  Scenario: An annual plan that has expired is not renewed, and Reactivate is refused
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 3 user licenses billed "Annual", $1,350.00 paid for the period from February 1, 2026, and today is November 16, 2026
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on the Subscriptions page I click the "Options" icon in the upper-right corner of "GoToAssist Remote Support v5", then "Cancel Subscription"
    And I review the information on the confirmation window and click "Yes, Cancel"
    And I click "Close" on the confirmation window
    And the day the plan expires comes
    And I click the "Options" icon of "GoToAssist Remote Support v5", then "Reactivate"
    Then the reactivation is refused with the message "This subscription has ended and can no longer be reactivated. Add it again with Add New Subscription."
    And the "GoToAssist Remote Support v5" subscription has ended without renewal and without the "Options" icon, and 400 days later nothing has been renewed or charged

  @verifies:006.intro-2
  Scenario: A free trial without billing information expires by itself
    Given an account with a free trial of "GoToAssist Remote Support v5" "Standard" that started 10 days ago
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then the "Options" menu of "GoToAssist Remote Support v5" offers no "Cancel Subscription": the trial expires by itself at the end of the trial period

  @corporate @verifies:006.note-1
  Scenario: A corporate account manages billing in the Corporate Billing Portal
    Given a corporate account
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am sent to the "Corporate Billing Portal" with its FAQs and the form to reach my representative

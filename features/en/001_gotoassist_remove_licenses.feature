# language: en
# Article 001 (English version): "How do I remove user licenses from my GoToAssist Remote Support v5 subscription plan?"
@article_001 @gotoassist_rs_v5 @self_service
Feature: Remove user licenses from the GoToAssist Remote Support v5 subscription plan
  Billing contacts can remove user licenses from an existing subscription plan at any time. Changes
  take effect immediately and are prorated against the account's current balance.

  @smoke @purchase @verifies:001.intro-1 @verifies:001.intro-2 @verifies:001.1 @verifies:001.2 @verifies:001.3 @verifies:001.4 @verifies:001.5 @verifies:001.6 @verifies:001.result-1
  Scenario: Fewer user licenses leave a credit and ask for no payment
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 10 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoToAssist Remote Support v5", then "Edit Subscription"
    And I change the number of user licenses to 4
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am not asked to make a payment
    When I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And a credit remains on the account
    And I receive a confirmation email with the details of my purchase

  @verifies:001.tip-1
  Scenario: Edit Order goes back to the selection with the choices kept
    Given a self-service account with "GoToAssist Remote Support v5" "Standard", 10 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoToAssist Remote Support v5", then "Edit Subscription"
    And I change the number of user licenses to 6
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    And I go back to my selection with "Edit Order"
    Then my choices are kept
    When I change the number of user licenses to 5
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due

  @purchase @verifies:001.troubleshooting-1
  Scenario: An ended free trial shows Subscribe Now instead of the options icon
    Given an account whose free trial of "GoToAssist Remote Support v5" "Standard" has ended
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then the "GoToAssist Remote Support v5" card shows no "Options" icon but "Subscribe Now"
    When I click "Subscribe Now" on "GoToAssist Remote Support v5"
    And I change the number of user licenses to 3
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @corporate @verifies:001.note-1
  Scenario: A corporate account manages billing in the Corporate Billing Portal
    Given a corporate account
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am sent to the "Corporate Billing Portal" with its FAQs and the form to reach my representative

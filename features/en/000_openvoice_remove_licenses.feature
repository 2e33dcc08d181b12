# language: en
# Article 000 (English version): "How do I remove user licenses from my OpenVoice subscription plan?"
@article_000 @openvoice @self_service
Feature: Remove user licenses from the OpenVoice subscription plan
  Billing contacts can remove user licenses from an existing subscription plan at any time. Changes
  take effect immediately and are prorated against the account's current balance.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Scenario: Fewer user licenses leave a credit and ask for no payment
    Given a self-service account with "OpenVoice" "Standard", 10 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "OpenVoice", then "Edit Subscription"
    And I change the number of user licenses to 4
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am not asked to make a payment
    When I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And a credit remains on the account
    And I receive a confirmation email with the details of my purchase

  @verifies:000.tip-1
  Scenario: Edit Order goes back to the selection with the choices kept
    Given a self-service account with "OpenVoice" "Standard", 10 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "OpenVoice", then "Edit Subscription"
    And I change the number of user licenses to 6
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    And I go back to my selection with "Edit Order"
    Then my choices are kept
    When I change the number of user licenses to 5
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due

  @purchase @verifies:000.troubleshooting-1
  Scenario: An ended free trial shows Subscribe Now instead of the options icon
    Given an account whose free trial of "OpenVoice" "Standard" has ended
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then the "OpenVoice" card shows no "Options" icon but "Subscribe Now"
    When I click "Subscribe Now" on "OpenVoice"
    And I change the number of user licenses to 3
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Scenario: A corporate account manages billing in the Corporate Billing Portal
    Given a corporate account
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am sent to the "Corporate Billing Portal" with its FAQs and the form to reach my representative

  @not_billing_contact @verifies:000.intro-1
  Scenario: Someone who is not a billing contact sees the subscriptions but cannot change them
    Given a self-service account where I am not a billing contact
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then I see the subscriptions but no "Options" icon: only a billing contact can change them

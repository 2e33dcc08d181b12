# language: en
# Article 002 (English version): "How do I change my current GoTo Webinar subscription plan?"
@article_002 @goto_webinar @self_service
Feature: Change the current GoTo Webinar subscription plan
  Your account's billing contact can change the GoTo Webinar subscription plan at any time to unlock
  advanced features, add more user licenses or change the billing period. Changes take effect
  immediately and are prorated against the account's current balance.

  Background:
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com

  @smoke @purchase
  Scenario: Move to a higher plan with more user licenses
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I choose the "Pro" plan
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase
    And I assign the new licenses to my users

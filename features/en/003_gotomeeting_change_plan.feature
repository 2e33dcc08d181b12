# language: en
# Article 003 (English version): "How do I change my current GoToMeeting subscription plan?"
@article_003 @gotomeeting @self_service
Feature: Change the current GoToMeeting subscription plan
  Your account's billing contact can change the GoToMeeting subscription plan at any time. You can
  reduce the number of seats online, but to downgrade to a lower plan you must contact support.

  Background:
    Given a self-service account with "GoToMeeting" "Business", 6 user licenses billed "Monthly"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Scenario: From the legacy address billing.logmeininc.com to a higher plan with more seats
    Given I have signed in to the "Billing Center" at https://billing.logmeininc.com
    When I select the "Options" icon in the upper right corner of "GoToMeeting", then "Edit Subscription"
    And I choose the "Enterprise" plan
    And I change the number of user licenses to 9
    And I choose "Annual" billing
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @verifies:003.intro-2
  Scenario: A downgrade to a lower plan is not made online: Contact Support
    Given I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoToMeeting", then "Edit Subscription"
    And I choose the "Professional" plan
    Then the plan change is refused online with the "Contact Support" link

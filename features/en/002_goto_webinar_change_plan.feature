# language: en
# Article 002 (English version): "How do I change my current GoTo Webinar subscription plan?"
@article_002 @goto_webinar @self_service
Feature: Change the current GoTo Webinar subscription plan
  Your account's billing contact can change the GoTo Webinar subscription plan at any time to unlock
  advanced features, add more user licenses or change the billing period. Changes take effect
  immediately and are prorated against the account's current balance.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Scenario: Move to a higher plan with more user licenses
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
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

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Scenario: Fewer user licenses and annual billing
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 3
    And I choose "Annual" billing
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @verifies:002.intro-2
  Scenario: A plan downgrade is not made online: Contact Support
    Given a self-service account with "GoTo Webinar" "Pro", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I choose the "Lite" plan
    Then the plan change is refused online with the "Contact Support" link

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Scenario: With items already in the cart: Add to Cart, then Proceed to Checkout
    Given a self-service (cart already holding an item) account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 7
    And I review the "Order Summary", then select "Add to Cart" and in the cart "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @purchase @verifies:002.warning-1
  Scenario Outline: An ended free trial: Subscribe Now leads to a purchase of <licenses> user licenses
    Given an account whose free trial of "GoTo Webinar" "Standard" has ended
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then the "GoTo Webinar" card shows no "Options" icon but "Subscribe Now"
    When I click "Subscribe Now" on "GoTo Webinar"
    And I change the number of user licenses to <licenses>
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today

    # 1: the trial's own plan and licenses, the lowest count, kept as they are.
    Examples:
      | licenses |
      | 1        |
      | 2        |

  @verifies:002.after-1
  Scenario: No more licenses can be assigned than were bought
    Given a self-service account with "GoTo Webinar" "Standard", 2 user licenses billed "Monthly" and 3 other users
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then I can assign "GoTo Webinar" to as many users as the licenses bought, one at a time, and not to one more

  @purchase @verifies:002.intro-2 @verifies:002.6
  Scenario: The account's credit balance is spent first
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly" and a credit balance of $100.00
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @verifies:002.intro-2 @verifies:002.5
  Scenario: The credit for the unused days is rounded to the cent
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly", $100.01 paid for the period from February 1, 2026, and today is February 15, 2026
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due

  @verifies:002.intro-2 @verifies:002.5
  Scenario Outline: The credit for the unused days at the smallest amount paid: <paid>
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly", <paid> paid for the period from February 1, 2026, and today is <today>
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due

    # Nothing paid earns no credit; a cent paid earns one (27 of 28 days unused: 0.0096, rounded
    # up); a dollar paid earns half of it at mid-period. The rule's limit is "more than nothing paid".
    Examples:
      | paid  | today             |
      | $0.00 | February 2, 2026  |
      | $0.01 | February 2, 2026  |
      | $1.00 | February 15, 2026 |

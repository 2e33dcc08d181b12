# language: en
# Article 009: "How do I add user licenses on my GoTo Meeting subscription plan?"
@article_009 @gotomeeting
Feature: Add user licenses from the product's card
  Billing contacts can add user licenses on an existing subscription plan anytime, straight from the
  product's card; the change takes effect immediately and is prorated against the account's balance.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Scenario: Add Organizers: more user licenses, paid pro rata and ready to assign
    Given a self-service account with "GoToMeeting" "Business", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on "GoToMeeting" I select "Add Organizers"
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase
    And I assign the new licenses to my users

  @purchase @verifies:009.3 @verifies:009.4
  Scenario: With an item already in the cart: Add to Cart, then Proceed to Checkout
    Given a self-service (cart already holding an item) account with "GoToMeeting" "Business", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on "GoToMeeting" I select "Add Organizers"
    And I change the number of user licenses to 7
    And I review the "Order Summary", then select "Add to Cart" and in the cart "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase

  @self_service @verifies:009.tip-1
  Scenario: Edit Order goes back to the licenses added, with the choices kept
    Given a self-service account with "GoToMeeting" "Business", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on "GoToMeeting" I select "Add Organizers"
    And I change the number of user licenses to 9
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    And I go back to my selection with "Edit Order"
    Then my choices are kept
    When I change the number of user licenses to 10
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due

  @not_billing_contact @verifies:009.intro-2
  Scenario: Someone who is not the billing contact cannot add user licenses
    Given a self-service account where I am not a billing contact
    And I have signed in to the "Billing Center" at https://billing.goto.com
    Then the "GoToMeeting" card offers no "Add Organizers": only a billing contact can add licenses

  @corporate @verifies:009.note-1
  Scenario: A corporate account sees something different: the Corporate Billing Portal
    Given a corporate account
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am sent to the "Corporate Billing Portal" with its FAQs and the form to reach my representative

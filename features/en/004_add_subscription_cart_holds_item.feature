# language: en
# Article 004 (English version): "How do I add a subscription or free trial for another product?" (step 8's note)
@article_004 @openvoice @self_service
Feature: Add a subscription when the cart already holds an item
  The note on step 8: if one or more items are already in the cart, Add to Cart is shown instead
  of Proceed to Checkout.

  Background:
    Given a self-service (cart already holding an item) account with "GoToMeeting" "Business", 3 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com

  @purchase @verifies:004.note-2
  Scenario: With an item already in the cart: Add to Cart, then Proceed to Checkout
    When I select "Add New Subscription" in the Billing Center
    And I choose the product "OpenVoice"
    And I choose "Buy" to purchase a subscription
    And I choose the "Business" subscription tier
    And I choose 4 new user licenses, then "Next"
    And I choose "Monthly" as my billing plan
    And I add it with "Add to Cart", then in the cart select "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase
    And I assign the new licenses to my users

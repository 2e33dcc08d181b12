# language: en
# Article 004 (English version): "How do I add a subscription or free trial for another product?"
@article_004 @openvoice @self_service
Feature: Add a subscription or a free trial for another product
  Billing contacts can add a subscription plan or a free trial for another GoTo product to their
  existing account at any time. They have immediate access to the new product.

  Background:
    Given a self-service account with "GoToMeeting" "Business", 3 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Scenario Outline: Buy a subscription: <product> "<tier>", <licenses> licenses billed "<frequency>"
    When I select "Add New Subscription" in the Billing Center
    And I choose the product "<product>"
    And I choose "Buy" to purchase a subscription
    And I choose the "<tier>" subscription tier
    And I choose <licenses> new user licenses, then "Next"
    And I choose "<frequency>" as my billing plan
    And I continue with "Proceed to Checkout"
    Then the "Checkout" page shows the billing period starting today, the number of licenses, the plan cost and the total due
    And I am asked to make a payment
    When I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    Then my subscription plan is changed and the new billing period starts today
    And I receive a confirmation email with the details of my purchase
    And I assign the new licenses to my users

    Examples:
      | product      | tier     | licenses | frequency |
      | OpenVoice    | Business | 4        | Monthly   |
      | GoTo Webinar | Standard | 2        | Annual    |
      | GoTo Connect | Connect CX | 3      | Monthly   |
      | GoTo Resolve | Premium  | 5        | Annual    |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Scenario: Request a free trial
    When I select "Add New Subscription" in the Billing Center
    And I choose the product "OpenVoice"
    And I choose "Try" to request a free trial first
    And I choose the "Standard" subscription tier
    And I choose 2 new user licenses, then "Next"
    And I start the trial with "Start Trial"
    Then I see the confirmation screen and receive a welcome email
    And nothing is left behind: the header's cart and the cart page are empty, no order was charged and the account's balance is as it was

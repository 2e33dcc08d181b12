# language: en
# Article 007: "Change your payment method" (OpenVoice)
@article_007 @openvoice @self_service
Feature: Change the payment method
  The billing contact for your account can update the billing information at any time, even in the
  middle of a billing cycle: the new card is the one the next renewal charges.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Scenario: A new card replaces the one on file and pays the next renewal
    Given a self-service account billed to an address in "Germany", with "OpenVoice" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I click "Payment Method" at the top of the page
    And I click the "edit" link of my existing payment method
    And I enter my VAT number and click "Apply"
    And I fill in all required fields with a new card, then click "Update Payment Method"
    Then the new card is the payment method on file
    When the next billing date passes
    Then in "Billing History" the renewal has its printable invoice, charged to the new card

  @purchase @failure_path @verifies:007.intro-4
  Scenario: A declined card keeps the one on file
    Given a self-service account with "OpenVoice" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I click "Payment Method" at the top of the page
    And I click the "edit" link of my existing payment method
    And I fill in all required fields with a card that is declined, then click "Update Payment Method"
    Then the payment method on file is the one from before

# language: en
# Article 008: "How do I sign in to my billing portal?" (GoTo Meeting)
@article_008 @gotomeeting
Feature: Sign in to the billing portal
  Most billing contacts sign in to the Billing Center; billing contacts of larger (corporate)
  accounts sign in to the Corporate Billing Portal. Each has its help when signing in fails.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Scenario: A billing contact signs in to the Billing Center, manages the plans and prints each renewal's invoice
    Given a self-service account with "GoToMeeting" "Business", 5 user licenses billed "Monthly" and a credit balance of $20.00
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am in the "Billing Center" with my subscriptions
    And the "Billing Center" lets me manage my subscription plans and their billing frequency, view the billing history and update my payment information
    When the next billing date passes
    Then in "Billing History" the renewal has its printable invoice, charged to the card on file

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Scenario: Someone who is not the billing contact is told whom to contact, and can email them
    Given a self-service account where I am not a billing contact
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I see the message that names my billing admin and their email address
    And "Email the billing admin" writes to my billing admin

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Scenario: A corporate account's billing contact is sent to the Corporate Billing Portal
    Given a corporate account
    When I sign in to the "Billing Center" at https://billing.goto.com
    Then I am sent to the "Corporate Billing Portal" with its FAQs and the form to reach my representative

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Scenario: A corporate billing contact signs in to the Corporate Billing Portal with the User ID
    Given a corporate account
    When I sign in to the "Corporate Billing Portal" at https://link.goto.com/corp-billing with my User ID and password
    Then the "Corporate Billing Portal" shows my account

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scenario: A User ID that is no billing contact's is refused with "Invalid User ID"
    Given a corporate account
    When I sign in to the "Corporate Billing Portal" at https://link.goto.com/corp-billing with a User ID no billing contact has
    Then the sign-in is refused with the message "Invalid User ID"

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scenario: A wrong password is refused with "Invalid User ID/password"
    Given a corporate account
    When I sign in to the "Corporate Billing Portal" at https://link.goto.com/corp-billing with my User ID and a wrong password
    Then the sign-in is refused with the message "Invalid User ID/password"

  @corporate @failure_path @verifies:008.intro-11
  Scenario: Forgot Password? emails a reset link that works once
    Given a corporate account
    When on the "Corporate Billing Portal" at https://link.goto.com/corp-billing I select "Forgot Password?", enter my User ID and select "Submit"
    Then a reset link is sent by email to my billing contact account's email address
    When I open the link and choose a new password
    Then I can sign in to the "Corporate Billing Portal" with my User ID and the new password, no longer with the old one
    And the same link opened a second time is refused with the message "This password reset link has already been used. Each link works once: ask for a new one with Forgot Password?"

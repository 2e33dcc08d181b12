# language: en
# Not from an article: what a user gets who opens an address of the Billing Center directly (a
# bookmark, a link a colleague shared, the browser's history, the address typed) instead of following
# the pages. Who may see and change what is the server's to decide, whatever address is opened
# (OWASP's "broken access control"), as a QA engineer checks it end to end.
@failure_path @access_control
Feature: Addresses of the Billing Center opened directly
  A page only for billing contacts refuses anyone else with the reason, a visitor who has not signed
  in is asked to sign in first, and an address naming what the account does not have is not found.
  Nothing changes.

  @purchase @goto_webinar @self_service
  Scenario: An order's page, opened by its address, is only for the account's billing contacts
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I select the "Options" icon in the upper right corner of "GoTo Webinar", then "Edit Subscription"
    And I change the number of user licenses to 8
    And I review the "Order Summary" at the bottom of the page, then select "Proceed to Checkout"
    And I enter my payment details and add my VAT number
    And I place the order with "Place Order"
    And I sign out
    And I open the address of the order's page
    Then I am asked to sign in
    When I sign in there as a colleague who is not a billing contact
    Then I see the "You cannot do this" page with the message "Only a billing contact of your account can change subscriptions. Ask your billing contact to make this change."

  # The address the wizard's page asks its Order Summary from as the choices change.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Scenario: The Order Summary of a purchase, opened by its address, is only for billing contacts
    Given a self-service account where I am not a billing contact
    When I open the address of the "Order Summary" of buying "GoToMeeting"
    Then I am asked to sign in
    When I sign in there
    Then I see the "You cannot do this" page with the message "Only a billing contact of your account can change subscriptions. Ask your billing contact to make this change."

  @gotoassist_rs_v5
  Scenario: The Cancel Subscription address of a free trial is refused, and the trial runs on
    Given an account with a free trial of "GoToAssist Remote Support v5" "Standard" that started 4 days ago
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I open the address of "Cancel Subscription" of "GoToAssist Remote Support v5"
    Then I see the "Error" page with the message "Only a paid subscription that renews can be cancelled. A free trial ends by itself."
    And the free trial of "GoToAssist Remote Support v5" runs on as it was
    And no order is placed, no email is sent, and my subscriptions and my cart are as they were

  # Edit Order of a purchase in the cart opens the wizard with the item's number in its address;
  # the wizard edits purchases, so the number of a change (edited on its subscription's page) is not its.
  @goto_webinar @self_service
  Scenario Outline: The wizard's address naming a change in the cart is not found: the <step>
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly", whose cart holds a change of it to 8 user licenses
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When I open the address of the <step> of buying "GoTo Webinar", naming the change of it in my cart
    Then I see the "Page not found" page with the message "This item does not exist in your account."
    And no order is placed, no email is sent, and my subscriptions and my cart are as they were

    Examples:
      | step               |
      | plan step          |
      | Order Summary step |

  # No address reaches a malformed User Licenses form: only a form edited in the browser (its
  # developer tools, or a tool that replays requests) sends one, and the server must refuse it.
  @goto_webinar @self_service
  Scenario: A User Licenses form edited in the browser is refused, and nothing is saved
    Given a self-service account with "GoTo Webinar" "Standard", 5 user licenses billed "Monthly"
    And I have signed in to the "Billing Center" at https://billing.goto.com
    When on "User licenses" I tick "GoTo Webinar" for my colleague, rename the field behind the tick in the browser's developer tools and select "Save"
    Then I see the "The request could not be processed" page
    And my colleague still has no "GoTo Webinar" license

Feature: Smoke test


  Scenario: Can see frontend start page
   Given user is on pcq start page
    Then user should see Equality and diversity questions

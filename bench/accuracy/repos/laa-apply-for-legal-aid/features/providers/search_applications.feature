Feature: Search applications
  @javascript @vcr @stub_pda_provider_details @stub_offices_addresses_retriever
  Scenario: Going to the search page
    Given I am logged in as a provider
    And An application has been created
    Then I visit the application service
    Then I click link "Start"
    Then I choose 'Test Firm, 0x395u Address Line 1, Test Address Line 2, Test City, TE5T1NG'
    Then I click 'Save and continue'
    Then I click link 'Search'
    Then I should be on a page showing "Search applications"

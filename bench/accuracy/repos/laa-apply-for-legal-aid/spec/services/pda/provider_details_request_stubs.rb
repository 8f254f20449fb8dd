###################
# provider offices
###################
def stub_provider_offices
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-users/test-user/provider-offices})
    .to_return(
      status: 200,
      body: provider_user_offices_json,
      headers: { "Content-Type" => "application/json; charset=utf-8" },
    )
end

def provider_user_offices_json
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    officeCodes: [
      {
        ccmsFirmOfficeId: 111_111,
        firmOfficeCode: "1A111B",
      },
    ],
    user: {
      ccmsContactId: 494_000,
    },
  }.to_json
end

def stub_other_provider_offices
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-users/other-user/provider-offices})
    .to_return(
      status: 200,
      body: other_provider_offices_json,
      headers: { "Content-Type" => "application/json; charset=utf-8" },
    )
end

def other_provider_offices_json
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    officeCodes: [
      {
        ccmsFirmOfficeId: 222_222,
        firmOfficeCode: "2A222B",
      },
    ],
    user: {
      ccmsContactId: 494_000,
    },
  }.to_json
end

#################
# firm offices
#################
def stub_provider_firm_offices
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-firms/1639/provider-offices})
  .to_return(
    status: 200,
    body: provider_firm_offices_json,
    headers: { "Content-Type" => "application/json; charset=utf-8" },
  )
end

def provider_firm_offices_json
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    offices: [
      {
        ccmsFirmOfficeId: 111_111,
        firmOfficeCode: "1A111B",
      },
      {
        ccmsFirmOfficeId: 222_222,
        firmOfficeCode: "2A222B",
      },
    ],
  }.to_json
end

#################
# offices
#################
def stub_provider_offices_address_for(office_code)
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-offices/#{office_code}})
  .to_return(
    status: 200,
    body: provider_offices_json,
    headers: { "Content-Type" => "application/json; charset=utf-8" },
  )
end

def provider_offices_json
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    office: {
      addressLine1: "Test address line 1",
      addressLine2: "Test address line 2",
      addressLine3: nil,
      addressLine4: nil,
      city: "Test city",
      postCode: "TE5T1NG",
    },
  }.to_json
end

def provider_offices_json_ox395u
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    office: {
      addressLine1: "0X395U address line 1",
      addressLine2: "Test address line 2",
      addressLine3: nil,
      addressLine4: nil,
      city: "Test city",
      postCode: "TE5T1NG",
    },
  }.to_json
end

def provider_offices_json_2n078d
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    office: {
      addressLine1: "2N078D address line 1",
      addressLine2: "Test address line 2",
      addressLine3: nil,
      addressLine4: nil,
      city: "Test city",
      postCode: "TE5T1NG",
    },
  }.to_json
end

def provider_offices_json_a123456
  {
    firm: {
      ccmsFirmId: 99_999,
      firmId: 1639,
      firmName: "Test firm",
      firmNumber: "1639",
    },
    office: {
      addressLine1: "A123456 address line 1",
      addressLine2: "Test address line 2",
      addressLine3: nil,
      addressLine4: nil,
      city: "Test city",
      postCode: "TE5T1NG",
    },
  }.to_json
end

def stub_provider_addresses_for(office_codes = %w[4A497U 4A497V])
  stub_request(:post, %r{#{Rails.configuration.x.pda.url}/provider-offices}).with(body: { officeCodes: office_codes }.to_json)
  .to_return(
    status: 200,
    body: provider_addresses_json(office_codes),
    headers: { "Content-Type" => "application/json; charset=utf-8" },
  )
end

def provider_addresses_json(office_codes = %w[4A497U 4A497V])
  [
    {
      firm: {
        ccmsFirmId: 99_999,
        firmId: 1639,
        firmName: "Test firm",
        firmNumber: "1639",
      },
      offices: [
        {
          firmOfficeCode: office_codes[0],
          addressLine1: "Office 1 address line 1",
          addressLine2: "Office 1 address line 2",
          addressLine3: nil,
          addressLine4: nil,
          city: "Test city 1",
          postCode: "TE5T1NG",
        },
        {
          firmOfficeCode: office_codes[1],
          addressLine1: "Office 2 address line 1",
          addressLine2: "Office 2 address line 2",
          addressLine3: nil,
          addressLine4: nil,
          city: "Test city 2",
          postCode: "TE5T2NG",
        },
      ],
    },
  ].to_json
end

def stub_provider_addresses_for_multiple_firms(office_codes = %w[4A497U 4A497V])
  stub_request(:post, %r{#{Rails.configuration.x.pda.url}/provider-offices}).with(body: { officeCodes: office_codes }.to_json)
  .to_return(
    status: 200,
    body: provider_addresses_multiple_firms_json(office_codes),
    headers: { "Content-Type" => "application/json; charset=utf-8" },
  )
end

def provider_addresses_multiple_firms_json(office_codes = %w[4A497U 4A497V])
  [
    {
      firm: {
        ccmsFirmId: 99_999,
        firmId: 1639,
        firmName: "Test firm 1",
        firmNumber: "1639",
      },
      offices: [
        {
          firmOfficeCode: office_codes[0],
          addressLine1: "Office 1 address line 1",
          addressLine2: "Office 1 address line 2",
          addressLine3: nil,
          addressLine4: nil,
          city: "Test city 1",
          postCode: "TE5T1NG",
        },
      ],
    },
    {
      firm: {
        ccmsFirmId: 99_999,
        firmId: 1640,
        firmName: "Test firm 2",
        firmNumber: "1640",
      },
      offices: [
        {
          firmOfficeCode: office_codes[1],
          addressLine1: "Office 2 address line 1",
          addressLine2: "Office 2 address line 2",
          addressLine3: nil,
          addressLine4: nil,
          city: "Test city 2",
          postCode: "TE5T2NG",
        },
      ],
    },
  ].to_json
end

def stub_provider_addresses_for_single_office_found(office_codes)
  stub_request(:post, %r{#{Rails.configuration.x.pda.url}/provider-offices}).with(body: { officeCodes: office_codes }.to_json)
  .to_return(
    status: 200,
    body: provider_addresses_single_office_found_json(office_codes),
    headers: { "Content-Type" => "application/json; charset=utf-8" },
  )
end

def provider_addresses_single_office_found_json(office_codes = %w[4A497U])
  [
    {
      firm: {
        ccmsFirmId: 99_999,
        firmId: 1639,
        firmName: "Test firm",
        firmNumber: "1639",
      },
      offices: [
        {
          firmOfficeCode: office_codes[0],
          addressLine1: "Office 1 address line 1",
          addressLine2: "Office 1 address line 2",
          addressLine3: nil,
          addressLine4: nil,
          city: "Test city 1",
          postCode: "TE5T1NG",
        },
      ],
    },
  ].to_json
end

###################
# office schedules
###################
def stub_office_schedules_not_found_for(office_code)
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-offices/#{office_code}/schedules})
    .to_return(
      status: 204,
      body: nil,
      headers: { "Content-Type" => "application/json; charset=utf-8" },
    )
end

def stub_office_schedules_for_0x395u
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-offices/0X395U/schedules})
    .to_return(
      status: 200,
      body: office_schedules_json,
      headers: { "Content-Type" => "application/json; charset=utf-8" },
    )
end

# Taken from:
#  https://laa-provider-details-api-preprod.apps.live.cloud-platform.service.justice.gov.uk/provider-offices/0X395U/schedules
#
# TODO: trim down to only what we need, when we know what we need :)
#
def office_schedules_json
  {
    firm: {
      firmNumber: "1639",
      firmId: 1639,
      ccmsFirmId: 19_148,
      parentFirmId: 0,
      firmName: "DAVID GRAY LLP",
      firmType: "Legal Services Provider",
      constitutionalStatus: "LLP",
      solicitorAdvocateYN: nil,
      advocateLevel: nil,
      barCouncilRoll: nil,
      companyHouseNumber: nil,
    },
    office: {
      firmOfficeId: 4545,
      ccmsFirmOfficeId: 137_570,
      firmOfficeCode: "0X395U",
      officeName: "0X395U,OLD COUNTY COURT",
      officeCodeAlt: "DAVID GRAY LLP",
      type: "Legal Services Supplier (Civil/Crime/Both/Mediator)",
    },
    pds: false,
    schedules: [
      {
        contractType: "Standard",
        contractDescription: "2024 Standard Civil Contract",
        contractNumber: "1255422",
        contractReference: "01/0X395U/2024/1",
        contractStatus: "Open",
        contractAuthorizationStatus: "APPROVED",
        contractStartDate: "2024-09-01",
        contractEndDate: "2099-12-31",
        areaOfLaw: "LEGAL HELP",
        scheduleType: "Standard",
        scheduleNumber: "0X395U/2024/01",
        scheduleContractNumber: "1255422",
        scheduleContractReference: "01/0X395U/2024/1",
        scheduleAuthorizationStatus: "APPROVED",
        scheduleStatus: "Open",
        scheduleStartDate: "2024-09-01",
        scheduleEndDate: "2099-12-31",
        scheduleLines: [
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "AAP",
            description: "Legal Help (Civil).Claims Against Public Authorities",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "COM",
            description: "Legal Help (Civil).Community Care",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "CON",
            description: "Legal Help (Civil).Consumer General Contract",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "DEB",
            description: "Legal Help (Civil).Debt",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "DISC",
            description: "Legal Help (Civil).Discrimination",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "EDU",
            description: "Legal Help (Civil).Education",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "EMP",
            description: "Legal Help (Civil).Employment",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "HOU",
            description: "Legal Help (Civil).Housing",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "IMMAS",
            description: "Legal Help (Civil).Immigration - Asylum",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "IMMOT",
            description: "Legal Help (Civil).Immigration",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "MAT",
            description: "Legal Help (Civil).Family",
            devolvedPowersStatus: "Yes - Excluding JR Proceedings",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "N/A",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "1",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "MED",
            description: "Legal Help (Civil).Clinical Negligence",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "MHE",
            description: "Legal Help (Civil).Mental Health",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "MSC",
            description: "Legal Help (Civil).Residual(Miscellaneous)",
            devolvedPowersStatus: "Yes - Excluding JR Proceedings",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "N/A",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "1",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "PI",
            description: "Legal Help (Civil).Personal Injury",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "PUB",
            description: "Legal Help (Civil).Public Law",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "WB",
            description: "Legal Help (Civil).Welfare Benefits",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "LEGAL HELP",
            categoryOfLaw: "ELA",
            description: "Legal Help (Civil).Early Legal Advice",
            devolvedPowersStatus: "No",
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: "No",
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: "0",
            maximumToleranceCount: "0",
            minimumLicenseCount: "0",
            maximumLicenseCount: "0",
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
        ],
        nmsAuths: [],
      },
      {
        contractType: "Standard",
        contractDescription: "2022 Standard Crime Contract",
        contractNumber: "1164771",
        contractReference: "CRM/08/0X395U/22",
        contractStatus: "Open",
        contractAuthorizationStatus: "APPROVED",
        contractStartDate: "2022-10-01",
        contractEndDate: "2099-12-31",
        areaOfLaw: "CRIME LOWER",
        scheduleType: "Standard",
        scheduleNumber: "CRM/0X395U/23",
        scheduleContractNumber: "1164771",
        scheduleContractReference: "CRM/08/0X395U/22",
        scheduleAuthorizationStatus: "APPROVED",
        scheduleStatus: "Open",
        scheduleStartDate: "2023-10-01",
        scheduleEndDate: "2099-12-31",
        scheduleLines: [
          {
            areaOfLaw: "CRIME LOWER",
            categoryOfLaw: "INVEST",
            description: "Crime Lower.Criminal Investigations and Criminal Proceedings",
            devolvedPowersStatus: nil,
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: nil,
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "1",
            minimumToleranceCount: nil,
            maximumToleranceCount: nil,
            minimumLicenseCount: nil,
            maximumLicenseCount: nil,
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "CRIME LOWER",
            categoryOfLaw: "APPEALS",
            description: "Crime Lower.Appeals and Reviews",
            devolvedPowersStatus: nil,
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: nil,
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "1",
            minimumToleranceCount: nil,
            maximumToleranceCount: nil,
            minimumLicenseCount: nil,
            maximumLicenseCount: nil,
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
          {
            areaOfLaw: "CRIME LOWER",
            categoryOfLaw: "PRISON",
            description: "Crime Lower.Prison Law",
            devolvedPowersStatus: nil,
            dpTypeOfChange: nil,
            dpReasonForChange: nil,
            dpDateOfChange: nil,
            remainderWorkFlag: nil,
            minimumCasesAllowedCount: "0",
            maximumCasesAllowedCount: "0",
            minimumToleranceCount: nil,
            maximumToleranceCount: nil,
            minimumLicenseCount: nil,
            maximumLicenseCount: nil,
            workInProgressCount: "0",
            outreach: nil,
            cancelFlag: "N",
            cancelReason: nil,
            cancelDate: nil,
            closedDate: nil,
            closedReason: nil,
          },
        ],
        nmsAuths: [],
      },
    ],
  }.to_json
end

def stub_provider_user_for(uuid)
  stub_request(:get, %r{#{Rails.configuration.x.ccms_user_api.url}/user-details/silas/#{uuid}})
    .to_return(
      status: 200,
      body: provider_user_json,
      headers: {},
    )
end

def provider_user_json
  {
    ccmsUserDetails: {
      uuid: "51cdbbb4-75d2-48d0-aaac-fa67f013c50a",
      userId: 118_147,
      userLoginId: "DGRAY-BRUCE-DAVID-GRA-LLP1",
      userPartyId: 66_731_970,
      userName: "DGRAY-BRUCE-DAVID-GRA-LLP1",
      providerFirmId: 19_148,
      providerName: "DAVID GRAY LLP",
      notificationLov: "Y",
      userType: "EXTERNAL",
      connectionResponsibilityKey: "XXCCMS_CASE_MANAGEMENT",
    },
    responsibilities: [
      {
        userId: 118_147,
        userName: "DGRAY-BRUCE-DAVID-GRA-LLP1",
        responsibilityId: 50_772,
        responsibilityKey: "XXCCMS_CASE_MANAGEMENT",
        responsibilityName: "CCMS Case management",
        respStartDate: "2025-09-19",
        respEndDate: nil,
      },
    ],
  }
  .to_json
end

#################
# errors
#################
def stub_provider_details_retriever_record_not_found(provider:)
  stub_request(:get, "#{Rails.configuration.x.pda.url}/provider-users/#{provider.username}/provider-offices")
    .to_return(body: nil, status: 204)
end

def stub_provider_details_retriever_api_error(provider:)
  stub_request(:get, "#{Rails.configuration.x.pda.url}/provider-users/#{provider.username}/provider-offices")
    .to_return(body: "An error has occurred", status: 500)
end

def stub_provider_user_failure_for(uuid, status:, body: nil)
  stub_request(:get, %r{#{Rails.configuration.x.ccms_user_api.url}/user-details/silas/#{uuid}})
    .to_return(status:, body:)
end

def stub_provider_offices_address_failure_for(office_code, status:, body: nil)
  stub_request(:get, %r{#{Rails.configuration.x.pda.url}/provider-offices/#{office_code}})
    .to_return(status:, body:)
end

def stub_provider_offices_addresses_failure_for(status:, body: nil)
  stub_request(:post, %r{#{Rails.configuration.x.pda.url}/provider-offices})
    .to_return(status:, body:)
end

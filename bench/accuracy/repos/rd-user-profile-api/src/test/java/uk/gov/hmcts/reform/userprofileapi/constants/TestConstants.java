package uk.gov.hmcts.reform.userprofileapi.constants;

public class TestConstants {

    private TestConstants() {

    }

    public static final String PUI_CASE_MANAGER = "pui-case-manager";
    public static final String PUI_FINANCE_MANAGER = "pui-finance-manager";

    public static final String COMMON_EMAIL_PATTERN = "@prdfunctestuser.com";

}
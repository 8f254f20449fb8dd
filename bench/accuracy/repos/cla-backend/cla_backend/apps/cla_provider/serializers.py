from rest_framework import serializers
from rest_framework.fields import SerializerMethodField

from cla_common.constants import FEEDBACK_ISSUE
from cla_eventlog.serializers import LogSerializerBase
from core.serializers import JSONField

from legalaid.serializers import (
    EligibilityCheckSerializerBase,
    SavingsSerializerBase,
    PropertySerializerBase,
    CaseSerializerFull,
    ProviderSerializerBase,
    ExtendedUserSerializerBase,
    AdaptationDetailsSerializerBase,
    IncomeSerializerBase,
    DeductionsSerializerBase,
    PersonalDetailsSerializerFull,
    ThirdPartyPersonalDetailsSerializerBase,
    ThirdPartyDetailsSerializerBase,
    PersonSerializerBase,
    FeedbackSerializerBase,
    CaseNotesHistorySerializerBase,
    CSVUploadSerializerBase,
)
from legalaid.models import Category

from .models import Staff


class PropertySerializer(PropertySerializerBase):
    class Meta(PropertySerializerBase.Meta):
        fields = ("value", "mortgage_left", "share", "id", "disputed", "main")


class IncomeSerializer(IncomeSerializerBase):
    class Meta(IncomeSerializerBase.Meta):
        fields = (
            "earnings",
            "self_employment_drawings",
            "benefits",
            "tax_credits",
            "child_benefits",
            "maintenance_received",
            "pension",
            "other_income",
            "self_employed",
            "total",
        )


class PartnerIncomeSerializer(IncomeSerializerBase):
    """
    Like IncomeSerializer but without 'child_benefits'
    """

    self_employed = serializers.NullBooleanField(default=None)

    class Meta(IncomeSerializerBase.Meta):
        fields = (
            "earnings",
            "self_employment_drawings",
            "benefits",
            "tax_credits",
            "maintenance_received",
            "pension",
            "other_income",
            "self_employed",
            "total",
        )


class SavingsSerializer(SavingsSerializerBase):
    class Meta(SavingsSerializerBase.Meta):
        fields = ("bank_balance", "investment_balance", "asset_balance", "credit_balance", "total")


class DeductionsSerializer(DeductionsSerializerBase):
    class Meta(DeductionsSerializerBase.Meta):
        fields = (
            "income_tax",
            "national_insurance",
            "maintenance",
            "childcare",
            "mortgage",
            "rent",
            "criminal_legalaid_contributions",
            "total",
        )


class PersonalDetailsSerializer(PersonalDetailsSerializerFull):
    class Meta(PersonalDetailsSerializerFull.Meta):
        fields = (
            "reference",
            "title",
            "full_name",
            "postcode",
            "street",
            "mobile_phone",
            "home_phone",
            "email",
            "dob",
            "ni_number",
            "contact_for_research",
            "safe_to_contact",
            "vulnerable_user",
            "has_diversity",
            "contact_for_research_methods",
            "announce_call",
        )


class ThirdPartyPersonalDetailsSerializer(ThirdPartyPersonalDetailsSerializerBase):
    class Meta(ThirdPartyPersonalDetailsSerializerBase.Meta):
        fields = (
            "reference",
            "title",
            "full_name",
            "postcode",
            "street",
            "mobile_phone",
            "home_phone",
            "email",
            "safe_to_contact",
        )


class ThirdPartyDetailsSerializer(ThirdPartyDetailsSerializerBase):
    personal_details = ThirdPartyPersonalDetailsSerializer(required=True)

    class Meta(ThirdPartyDetailsSerializerBase.Meta):
        fields = (
            "reference",
            "personal_details",
            "pass_phrase",
            "reason",
            "personal_relationship",
            "personal_relationship_note",
            "spoke_to",
            "no_contact_reason",
            "organisation_name",
        )


class PersonSerializer(PersonSerializerBase):
    income = IncomeSerializer(required=False, allow_null=True)
    savings = SavingsSerializer(required=False, allow_null=True)
    deductions = DeductionsSerializer(required=False, allow_null=True)

    class Meta(PersonSerializerBase.Meta):
        fields = ("income", "savings", "deductions")


class PartnerPersonSerializer(PersonSerializer):
    """
    Like PersonSerializer but without child_benefits
    """

    income = PartnerIncomeSerializer(required=False, allow_null=True)

    class Meta(PersonSerializer.Meta):
        pass


class EligibilityCheckSerializer(EligibilityCheckSerializerBase):
    property_set = PropertySerializer(many=True, required=False, allow_null=True)
    you = PersonSerializer(required=False)
    partner = PartnerPersonSerializer(required=False, allow_null=True)
    notes = serializers.CharField(max_length=500, required=False, read_only=True)
    disputed_savings = SavingsSerializer(required=False, allow_null=True)

    class Meta(EligibilityCheckSerializerBase.Meta):
        fields = (
            "reference",
            "category",
            "your_problem_notes",
            "notes",
            "property_set",
            "you",
            "partner",
            "disputed_savings",
            "dependants_young",
            "dependants_old",
            "is_you_or_your_partner_over_60",
            "has_partner",
            "on_passported_benefits",
            "on_nass_benefits",
            "state",
            "specific_benefits",
            "disregards",
            "has_passported_proceedings_letter",
            "under_18_passported",
            "is_you_under_18",
            "under_18_receive_regular_payment",
            "under_18_has_valuables",
        )
        writable_nested_fields = ["you", "partner", "property_set", "disputed_savings"]


class ExtendedEligibilityCheckSerializer(EligibilityCheckSerializer):
    calculations = JSONField(read_only=True)

    class Meta(EligibilityCheckSerializer.Meta):
        fields = list(EligibilityCheckSerializer.Meta.fields) + ["calculations"]


class LogSerializer(LogSerializerBase):
    class Meta(LogSerializerBase.Meta):
        fields = ("code", "created_by", "created", "notes", "type", "level", "timer", "patch")


class CaseSerializer(CaseSerializerFull):
    notes = serializers.CharField(max_length=5000, required=False, read_only=True)

    provider_viewed = serializers.DateTimeField(read_only=True)
    provider_accepted = serializers.DateTimeField(read_only=True)
    provider_closed = serializers.DateTimeField(read_only=True)
    provider_assigned_at = serializers.DateTimeField(read_only=True)

    class Meta(CaseSerializerFull.Meta):
        fields = (
            "eligibility_check",
            "personal_details",
            "reference",
            "created",
            "modified",
            "created_by",
            "provider",
            "provider_viewed",
            "provider_accepted",
            "provider_closed",
            "provider_assigned_at",
            "notes",
            "provider_notes",
            "client_notes",
            "full_name",
            "thirdparty_details",
            "adaptation_details",
            "laa_reference",
            "eligibility_state",
            "matter_type1",
            "matter_type2",
            "requires_action_by",
            "diagnosis",
            "media_code",
            "postcode",
            "diagnosis_state",
            "exempt_user",
            "exempt_user_reason",
            "ecf_statement",
            "date_of_birth",
            "category",
            "outcome_code",
            "outcome_description",
            "source",
            "complaint_flag",
            "gtm_anon_id",
            "scope_traversal",
            "is_urgent",
        )


class NestedScopeTraversalSerializer(serializers.Serializer):
    """Serializer for scope_traversal in detailed endpoint"""
    scope_answers = JSONField(read_only=True)
    financial_assessment_status = serializers.CharField(read_only=True)
    created = serializers.DateTimeField(read_only=True)


class NestedDiagnosisSerializer(serializers.Serializer):
    """Serializer for diagnosis in detailed endpoint"""
    nodes = SerializerMethodField()
    category = serializers.CharField(source="category.code", read_only=True)

    def get_nodes(self, obj):
        """Extract only the key field from each node"""
        if obj and obj.nodes:
            return [{"key": node.get("key")} for node in obj.nodes if "key" in node]
        return []


class CaseListSerializer(CaseSerializer):
    safe_to_contact = serializers.CharField(source='personal_details.safe_to_contact', read_only=True)
    phone_number = serializers.CharField(source='personal_details.mobile_phone', read_only=True)
    mcc_case_flags = serializers.SerializerMethodField()

    def get_mcc_case_flags(self, obj):
        try:
            thirdparty_obj = obj.thirdparty_details
        except obj.__class__.thirdparty_details.RelatedObjectDoesNotExist:
            thirdparty_obj = None

        try:
            adaptation = obj.adaptation_details
        except obj.__class__.adaptation_details.RelatedObjectDoesNotExist:
            adaptation = None

        has_valid_mcc_thirdparty = False

        if thirdparty_obj is not None:
            personal_details = getattr(thirdparty_obj, "personal_details", None)

            is_other = thirdparty_obj.personal_relationship == "OTHER"
            no_name = not getattr(personal_details, "full_name", None)
            no_passphrase = not thirdparty_obj.pass_phrase

            has_valid_mcc_thirdparty = not (is_other and no_name and no_passphrase)

        return {
            "vulnerable_user": getattr(obj.personal_details, "vulnerable_user", None),
            "thirdparty_details": has_valid_mcc_thirdparty,
            "bsl_webcam": getattr(adaptation, "bsl_webcam", None),
            "text_relay": getattr(adaptation, "text_relay", None),
            "language": getattr(adaptation, "language", None),
        }

    class Meta(CaseSerializer.Meta):
        fields = (
            "reference",
            "created",
            "modified",
            "full_name",
            "laa_reference",
            "eligibility_state",
            "personal_details",
            "requires_action_by",
            "postcode",
            "diagnosis_state",
            "date_of_birth",
            "category",
            "outcome_code",
            "outcome_description",
            "case_count",
            "provider_viewed",
            "provider_accepted",
            "provider_closed",
            "provider_assigned_at",
            "is_urgent",
            "safe_to_contact",
            "phone_number",
            "mcc_case_flags",
        )


class AdaptationDetailsSerializer(AdaptationDetailsSerializerBase):
    class Meta(AdaptationDetailsSerializerBase.Meta):
        fields = (
            "bsl_webcam",
            "minicom",
            "text_relay",
            "skype_webcam",
            "language",
            "notes",
            "reference",
            "callback_preference",
            "no_adaptations_required",
        )


class CategorySerializer(serializers.ModelSerializer):
    """Serializer for Category model"""
    class Meta:
        model = Category
        fields = ("code", "name", "description")


class ProviderSerializer(ProviderSerializerBase):
    law_category = CategorySerializer(many=True, read_only=True)

    class Meta(ProviderSerializerBase.Meta):
        fields = ("id", "name", "law_category")


class ProviderSerializerMinimal(ProviderSerializerBase):
    """Minimal provider serializer for nested use in user serialization"""
    class Meta(ProviderSerializerBase.Meta):
        fields = ("id", "name")


class StaffSerializer(ExtendedUserSerializerBase):
    provider = ProviderSerializerMinimal(read_only=True)

    chs_user = serializers.CharField(required=False)
    chs_organisation = serializers.CharField(required=False)
    chs_password = serializers.CharField(required=False, write_only=True)

    class Meta(ExtendedUserSerializerBase.Meta):
        model = Staff
        fields = (
            "username",
            "first_name",
            "last_name",
            "email",
            "provider",
            "is_manager",
            "password",
            "chs_password",
            "chs_organisation",
            "chs_user",
            "last_login",
            "created",
        )


class FeedbackSerializer(FeedbackSerializerBase):
    issue = serializers.ChoiceField(choices=FEEDBACK_ISSUE)
    comment = serializers.CharField(max_length=5000, required=False, allow_blank=True)

    class Meta(FeedbackSerializerBase.Meta):
        fields = (
            "reference",
            "provider",
            "case",
            "created_by",
            "comment",
            "justified",
            "resolved",
            "created",
            "modified",
            "issue",
        )


class CSVUploadSerializer(CSVUploadSerializerBase):

    body = JSONField(write_only=True)

    class Meta(CSVUploadSerializerBase.Meta):
        fields = ["id", "provider", "created_by", "comment", "rows", "body", "month", "created", "modified"]


class CSVUploadDetailSerializer(CSVUploadSerializerBase):
    class Meta(CSVUploadSerializerBase.Meta):
        fields = ["id", "provider", "created_by", "comment", "body", "month", "created", "modified"]


class CaseNotesHistorySerializer(CaseNotesHistorySerializerBase):
    class Meta(CaseNotesHistorySerializerBase.Meta):
        fields = ("created_by", "created", "operator_notes", "provider_notes", "type_notes")

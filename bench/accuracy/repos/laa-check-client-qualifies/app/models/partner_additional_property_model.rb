# PartnerAdditionalPropertyModel gets its own class so as to have its own i18n keys
class PartnerAdditionalPropertyModel < AdditionalPropertyModel; end

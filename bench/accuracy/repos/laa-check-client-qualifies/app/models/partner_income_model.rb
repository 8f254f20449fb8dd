# PartnerIncomeModel gets its own class so as to have its own i18n keys
class PartnerIncomeModel < IncomeModel; end

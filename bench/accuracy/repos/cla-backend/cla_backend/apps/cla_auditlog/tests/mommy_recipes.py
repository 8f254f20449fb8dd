from model_mommy.recipe import Recipe

from ..models import AuditLog

audit_log = Recipe(AuditLog)

from model_mommy.recipe import Recipe

from cla_eventlog.models import Log

log = Recipe(Log)

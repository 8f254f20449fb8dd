from model_mommy.recipe import Recipe
from timer.models import Timer

timer = Recipe(Timer)

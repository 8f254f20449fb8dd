"Checker app"
from flask import Blueprint


checker = Blueprint("checker", __name__)

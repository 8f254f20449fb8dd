"Contact app"
from flask import Blueprint


contact = Blueprint("contact", __name__)

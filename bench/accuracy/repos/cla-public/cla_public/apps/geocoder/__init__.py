"Geocoder app"
from flask import Blueprint


geocoder = Blueprint("geocoder", __name__)

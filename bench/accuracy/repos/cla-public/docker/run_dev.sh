#!/usr/bin/env bash
set -e

./manage.py runserver --host=0.0.0.0 --port=5000

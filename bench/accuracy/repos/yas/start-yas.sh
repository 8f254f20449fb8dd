#! /bin/bash
docker compose -f docker-compose.yml up -d
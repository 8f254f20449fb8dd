FROM ruby:4.0.5-alpine3.24

LABEL org.opencontainers.image.vendor="Ministry of Justice" \
      org.opencontainers.image.authors="Apply for civil legal aid team (apply-for-civil-legal-aid@justice.gov.uk)" \
      org.opencontainers.image.title="Apply for civil legal aid - base image" \
      org.opencontainers.image.description="Web service to apply for legal aid in civil matters" \
      org.opencontainers.image.url="https://github.com/ministryofjustice/laa-apply-for-legal-aid"

# fail early and print all commands
RUN set -ex

# build dependencies:
# - virtual: create virtual package for later deletion
# - build-base for alpine fundamentals
# - libxml2-dev/libxslt-dev for nokogiri, at least
# - postgresql-dev for pg/activerecord gems
# - git for installing gems referred to use a git:// uri
#
RUN apk add --no-cache --virtual build-dependencies \
                    build-base \
                    libxml2-dev \
                    libxslt-dev \
                    postgresql-dev \
                    npm \
                    git \
                    curl \
                    yaml-dev \
&& apk add --no-cache \
                  postgresql-client \
                  nodejs-current \
                  jq \
                  linux-headers \
                  clamav-daemon \
                  libreoffice \
                  openjdk17-jre-headless \
                  ttf-dejavu \
                  ttf-droid \
                  ttf-freefont \
                  ttf-liberation \
                  bash

# Install Chromium for use by puppeteer JS package which is used by Grover gem for PDF generation
# Installs latest Chromium package available on Alpine (Chromium 108)
RUN apk add --no-cache \
        chromium \
        nss \
        freetype \
        harfbuzz \
        ca-certificates

# Install expected Yarn version
RUN npm install -g corepack@latest --force \
    && corepack enable \
    && corepack prepare yarn@4.12.0 --activate

# Ensure everything is executable
RUN chmod +x /usr/local/bin/*

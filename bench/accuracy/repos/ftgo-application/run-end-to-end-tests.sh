#! /bin/bash -e

./gradlew :ftgo-end-to-end-tests:cleanTest :ftgo-end-to-end-tests:test

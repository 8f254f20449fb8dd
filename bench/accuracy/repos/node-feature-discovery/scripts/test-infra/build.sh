#!/bin/bash -e

make build

#!/bin/sh

echo "username:password"
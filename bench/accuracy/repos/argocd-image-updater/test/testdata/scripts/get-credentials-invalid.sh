#!/bin/sh

echo "some gibberish foo"
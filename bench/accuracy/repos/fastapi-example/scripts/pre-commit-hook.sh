#!/bin/bash

make format
actionlint

#!/bin/sh
kubectl delete service apache catalog customer order 
kubectl delete deployments apache catalog customer order 

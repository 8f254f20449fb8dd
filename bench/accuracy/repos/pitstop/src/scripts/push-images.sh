#!/bin/bash
docker push pitstop/customermanagementapi:1.0
docker push pitstop/customermanagementapi:2.0
docker push pitstop/webapp:1.0
docker push pitstop/workshopmanagementeventhandler:1.0
docker push pitstop/timeservice:1.0
docker push pitstop/notificationservice:1.0
docker push pitstop/invoiceservice:1.0
docker push pitstop/auditlogservice:1.0
docker push pitstop/workshopmanagementapi:1.0
docker push pitstop/vehiclemanagementapi:1.0
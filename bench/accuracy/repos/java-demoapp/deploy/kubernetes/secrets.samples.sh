kubectl create secret generic java-demoapp \
--from-literal=aadAppSecret=CHANGEME
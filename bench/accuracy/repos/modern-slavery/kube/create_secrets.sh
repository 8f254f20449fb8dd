kubectl create secret generic redis --from-literal=session_secret=${SESSION_SECRET}


# Host DNS name doesn't resolve in Docker alpine images

echo NOT setting DOCKER_HOST_IP
export TERM=dumb

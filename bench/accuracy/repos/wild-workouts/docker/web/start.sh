set -ex

yarn install
yarn serve
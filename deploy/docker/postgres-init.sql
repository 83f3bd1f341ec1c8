-- Runs once, on the first start of the docker-compose postgres (empty volume).
-- Same role/database the Docker-free infra creates (deploy/local/lib/postgres.sh).
CREATE ROLE apicurio LOGIN PASSWORD 'apicurio';
CREATE DATABASE apicurio OWNER apicurio;

SELECT client_id AS client_id,
redirect_uri AS redirect_uris,
client_type AS client_type,
client_secret AS client_secret,
name AS name,
user_id AS user_id
FROM oauth2_client
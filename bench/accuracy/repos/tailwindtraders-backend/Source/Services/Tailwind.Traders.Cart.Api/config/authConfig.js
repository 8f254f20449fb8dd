module.exports = {
    "SecurityKey": process.env.SECURITYKEY,
    "Issuer": process.env.ISSUER,
    "UseB2C": process.env.UseB2C,
    "clientID": process.env.CLIENTID,
    "policyName": process.env.POLICYNAME,
    "identityMetadata": process.env.IDENTITYMETADATA,
    "issuer": process.env.ISSUER,
};
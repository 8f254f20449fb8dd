module.exports = {
    "SecurityKey": process.env.SECURITYKEY,
    "Issuer": process.env.ISSUER,
    "UseB2C": process.env.UseB2C
};
export default {
  user() {
    return {
      accountIdentifier: 'e11d4d0c-1c70-430d-a644-aed03a60e059',
      homeAccountIdentifier: '',
      username: 'demo@example.net',
      name: 'Demo User',
      idToken: null,
      idTokenClaims: null,
      sid: '',
      environment: ''
    }
  },

  clientId() {
    return null
  },

  acquireToken() {
    return '1234'
  }
}

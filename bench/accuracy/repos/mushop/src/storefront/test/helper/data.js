import { MockHttp } from "./mock";

export const MockUser = {
  id: '1234',
  firstName: 'Test',
  lastName: 'User',
  username: 'testuser',
};


// /**
//  * 
//  * @param {Mu} mu 
//  */
// export function addMockApiData(mu) {
//   MockHttp.mock
// }
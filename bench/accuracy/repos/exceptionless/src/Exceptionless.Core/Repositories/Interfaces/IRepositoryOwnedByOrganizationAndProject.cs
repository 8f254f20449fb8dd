using Exceptionless.Core.Models;

namespace Exceptionless.Core.Repositories;

public interface IRepositoryOwnedByOrganizationAndProject<T> : IRepositoryOwnedByOrganization<T>, IRepositoryOwnedByProject<T> where T : class, IOwnedByOrganizationAndProjectWithIdentity, new() { }

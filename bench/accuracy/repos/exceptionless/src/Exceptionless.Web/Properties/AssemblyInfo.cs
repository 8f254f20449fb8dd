using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Exceptionless.Tests")]

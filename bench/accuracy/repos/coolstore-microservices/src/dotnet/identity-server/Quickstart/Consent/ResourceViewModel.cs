// Copyright (c) Duende Software. All rights reserved.
// See LICENSE in the project root for license information.


namespace IdentityServerHost.Quickstart.UI
{
    public class ResourceViewModel
    {
        public string Name { get; set; }
        public string DisplayName { get; set; }
    }
}

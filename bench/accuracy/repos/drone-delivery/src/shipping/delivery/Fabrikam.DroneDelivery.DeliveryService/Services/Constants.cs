// ------------------------------------------------------------
//  Copyright (c) Microsoft Corporation.  All rights reserved.
//  Licensed under the MIT License (MIT). See License.txt in the repo root for license information.
// ------------------------------------------------------------

namespace Fabrikam.DroneDelivery.DeliveryService.Services
{
    public class Constants
    {
        public const int PartitionKeyLength = 4;
        public const int RedisCacheDBId_Delivery = 0;
        public const int RedisCacheDBId_DeliveryStatus = 1;
    }
}

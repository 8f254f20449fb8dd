global using Microsoft.VisualStudio.TestTools.UnitTesting;
global using Microsoft.Playwright;
global using Pitstop.TestUtils;
global using Pitstop.UITest.PageModel;
global using Pitstop.UITest.PageModel.Pages;
global using Pitstop.UITest.PageModel.Pages.CustomerManagement;
global using Pitstop.UITest.PageModel.Pages.VehicleManagement;
global using Pitstop.UITest.PageModel.Pages.WorkshopManagement;

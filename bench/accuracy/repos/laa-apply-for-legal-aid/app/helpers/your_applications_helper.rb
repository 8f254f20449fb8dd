module YourApplicationsHelper
  def your_applications_default_tab_path
    in_progress_providers_legal_aid_applications_path
  end
end

# frozen_string_literal: true

require "sidekiq/web"

Rails.application.routes.draw do
  mount Rswag::Ui::Engine => "/api-docs"
  mount Rswag::Api::Engine => "/api-docs"

  mount Sidekiq::Web => "/sidekiq"

  use_doorkeeper

  namespace :api do
    namespace :internal do
      namespace :v1 do
        resources :representation_orders, path: "representation_orders", only: [:create]
      end

      namespace :v2 do
        resources :court_applications, only: [:show]
        resources :link_migrated_cases, only: [:index], controller: :migrated_cases
        resources :prosecution_cases, only: [:index], param: :reference do
          resources :defendants, only: %i[show] do
            member { get :offence_history }
          end
          member { get :court_applications }
          collection { post "/", to: "index" }
        end
        resources :prosecution_case_laa_references, path: "laa_references", only: %i[create update], param: :defendant_id
        resources :court_application_laa_references, only: %i[create update], param: :subject_id
        resources :representation_orders, path: "representation_orders", only: [:create]
        resources :hearing_results, only: [:show], param: :hearing_id
        get "hearings/:hearing_id/event_log/:hearing_date", to: "hearing_event_logs#show"
        resources :hearing_repull_batches, only: %i[create show]
        get "stats/linking", to: "stats#index_linking"
      end
    end

    namespace :external do
      namespace :v1 do
        resources :hearing_results, path: "hearings", only: [:create]
        resources :prosecution_conclusions, only: [:create]
      end
    end
  end

  resources :status, only: [:index]
  get "ping", to: "status#ping", format: :json
end
